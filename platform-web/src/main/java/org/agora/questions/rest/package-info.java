/** REST resources of the questions component: a round's questions, FAQ and figures, and single questions. */
package org.agora.questions.rest;
