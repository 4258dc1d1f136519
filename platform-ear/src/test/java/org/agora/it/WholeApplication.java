package org.agora.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the whole-application tests: the real EAR deployed to the managed WildFly, tests running as a client over
 * HTTP. {@link #http} is an anonymous client; tests add a token with {@code http.as(...)}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class WholeApplication {

    @ArquillianResource
    URL base;

    Http http;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @BeforeEach
    void anonymousClient() {
        http = new Http(base);
    }
}
