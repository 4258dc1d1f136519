/**
 * REST for the training sandbox (ADR 0009): the scenario library for everyone, runs for trainees (and their
 * trainers, who watch and reset), classes and cohort tables for trainers. Thin: a validated request record in, one
 * call to {@link org.agora.sandbox.boundary.Training} or {@link org.agora.sandbox.boundary.Classes}, a view out.
 */
package org.agora.sandbox.rest;
