/**
 * Demo data: when {@code agora.demo.enabled=true} (the README's run command sets it) and the database holds no
 * rounds yet, a small set of realistic rounds is created through the same boundaries a user goes through, so the
 * demo obeys every rule the product does. Tests never enable it: each test makes its own data.
 */
package org.agora.demo;
