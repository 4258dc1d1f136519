package org.agora.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.identity.entity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every JAX-RS resource method compiled into this module, so an endpoint added without an access decision
 * fails the build: each must be {@code @RolesAllowed} with known roles, or {@code @PermitAll} and a read.
 */
class DenyByDefaultTest {

    record Endpoint(Method method, String httpMethod) {
        @Override
        public String toString() {
            return httpMethod + " " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    static List<Endpoint> endpoints;

    @BeforeAll
    static void scan() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(AgoraApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        endpoints = new ArrayList<>();
        List<Path> classFiles;
        try (var files = Files.walk(classes)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList();
        }
        for (Path file : classFiles) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, DenyByDefaultTest.class.getClassLoader());
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                httpMethod(method).ifPresent(http -> endpoints.add(new Endpoint(method, http)));
            }
        }
    }

    static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(a -> a.isAnnotationPresent(HttpMethod.class))
                .map(a -> a.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    @Test
    void the_scan_finds_the_api() {
        assertThat(endpoints).extracting(Endpoint::toString)
                .contains("POST EngagementsResource.create", "GET EngagementsResource.list", "GET MeResource.me");
    }

    @Test
    void every_endpoint_has_an_access_decision() {
        var undecided = endpoints.stream().filter(e -> !decided(e.method())).toList();
        assertThat(undecided).as("endpoints without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
    }

    @Test
    void only_reads_are_public() {
        var publicWrites = endpoints.stream()
                .filter(e -> isPermitAll(e.method()))
                .filter(e -> !e.httpMethod().equals("GET") && !e.httpMethod().equals("HEAD"))
                .toList();
        assertThat(publicWrites).as("@PermitAll on a method that changes something").isEmpty();
    }

    @Test
    void roles_named_in_rules_exist() {
        var known = Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toSet());
        for (var endpoint : endpoints) {
            var allowed = endpoint.method().isAnnotationPresent(RolesAllowed.class)
                    ? endpoint.method().getAnnotation(RolesAllowed.class)
                    : endpoint.method().getDeclaringClass().getAnnotation(RolesAllowed.class);
            if (allowed != null) {
                assertThat(known).as(endpoint.toString()).containsAll(List.of(allowed.value()));
                assertThat(allowed.value()).as(endpoint.toString()).isNotEmpty();
            }
        }
    }

    private static boolean decided(Method method) {
        return has(method, RolesAllowed.class) || has(method, PermitAll.class) || has(method, DenyAll.class);
    }

    private static boolean isPermitAll(Method method) {
        return method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)
                        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class));
    }

    private static boolean has(Method method, Class<? extends Annotation> annotation) {
        return method.isAnnotationPresent(annotation) || method.getDeclaringClass().isAnnotationPresent(annotation);
    }
}
