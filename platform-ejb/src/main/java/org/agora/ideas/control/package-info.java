/** Rules of co-development that need no container: staging amendments into the next draft. */
package org.agora.ideas.control;
