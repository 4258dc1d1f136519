package org.agora.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The whole application exactly as built: the EAR from target/, not a hand-assembled test archive. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        TestIssuer.start(); // before the deployment: WildFly's OIDC client may fetch its discovery document early
        String path = System.getProperty("agora.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("agora.ear system property must point at the built EAR, was: " + path);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }
}
