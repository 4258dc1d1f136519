/** REST resources of the comments component: threads under a round, and single comments. */
package org.agora.comments.rest;
