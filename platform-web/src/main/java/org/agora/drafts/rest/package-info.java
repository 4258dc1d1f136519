/** REST resources of the drafts component, under {@code /api/policies}. */
package org.agora.drafts.rest;
