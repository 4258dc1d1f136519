package org.agora.api;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may look at every property: requests are records, never JPA entities, so there is no lazy state
 * to protect. Replaces the default resolver, which asks the JPA providers (a class-loader search) for every
 * property of every request (seen in profiles of bench/comments-load.sh). Registered in META-INF/validation.xml.
 */
public class EverythingReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object bean, Path.Node node, Class<?> rootBeanType, Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node node, Class<?> rootBeanType, Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }
}
