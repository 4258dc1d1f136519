/** REST resources of the broadcasts component: updates under a broadcast round, single updates and reactions. */
package org.agora.broadcasts.rest;
