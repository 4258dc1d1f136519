package org.agora.identity.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The platform's roles, as realm roles at the identity provider (lower-case names). */
public enum Role {
    CITIZEN, MODERATOR, AGENCY, TRAINEE, TRAINER, ADMIN;

    /** The role's name at the identity provider and in {@code @RolesAllowed}, e.g. {@code agency}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst();
    }
}
