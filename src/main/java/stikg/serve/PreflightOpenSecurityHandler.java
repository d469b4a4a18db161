package stikg.serve;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;

/**
 * Basic authentication from a password file, as Fuseki sets it up, except that no path asks an OPTIONS request
 * to log in. A browser's CORS preflight carries no credentials: were it challenged, a page on another origin
 * could never send the authenticated write that follows it. Fuseki adds the path constraints of the endpoints
 * that need a login; each is added here without OPTIONS, which the CORS filter then answers.
 */
final class PreflightOpenSecurityHandler extends ConstraintSecurityHandler {

    private static final String[] NO_LOGIN_FOR = {"OPTIONS"};

    /** The password file, watched for changes; its watcher outlives the server unless stopped with it. */
    private final UserStore users;

    PreflightOpenSecurityHandler(String realm, Path passwordFile) {
        DefaultIdentityService identities = new DefaultIdentityService();
        setIdentityService(identities);
        HashLoginService logins = new HashLoginService(realm);
        users = JettySecurityLib.makeUserStore(passwordFile.toString());
        logins.setUserStore(users);
        logins.setIdentityService(identities);
        setLoginService(logins);
        setAuthenticator(new BasicAuthenticator());
        setRealmName(realm);
    }

    @Override
    protected void doStop() throws Exception {
        try {
            super.doStop();
        } finally {
            users.stop();
        }
    }

    @Override
    public void addConstraintMapping(ConstraintMapping mapping) {
        mapping.setMethodOmissions(NO_LOGIN_FOR);
        super.addConstraintMapping(mapping);
    }
}
