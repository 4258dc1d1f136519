package org.agora.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /login?returnTo=/path}: web.xml requires an authenticated user here, so WildFly's OIDC client sends the
 * browser through the identity provider's sign-in page first; once back, this sends it on to where it came from.
 * Only local paths are followed, so the link cannot be abused as an open redirect.
 */
@WebServlet("/login")
public class SignIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + safeLocalPath(request.getParameter("returnTo")));
    }

    static String safeLocalPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || returnTo.length() > 500) {
            return "/";
        }
        return returnTo;
    }
}
