/** Evidence over HTTP: uploads as raw bodies, a round's library, sources, verdicts, downloads and web citations. */
package org.agora.evidence.rest;
