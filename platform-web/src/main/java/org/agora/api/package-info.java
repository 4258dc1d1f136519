/**
 * The REST API's entry point: everything under {@code /api}, described by the OpenAPI document WildFly serves at
 * {@code /openapi}. Resources live in their component's {@code rest} package and stay thin: a validated request
 * record in, one boundary call, a response record out.
 */
package org.agora.api;
