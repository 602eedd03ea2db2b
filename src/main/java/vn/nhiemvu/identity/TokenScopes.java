package vn.nhiemvu.identity;

/**
 * What a token scoped to one thing may reach (ADR 0051). A module that issues scoped tokens ({@link ApiTokens#createScoped})
 * declares, as a bean, which requests a token of its kind of scope may make; any other request with such a token is
 * refused before it reaches a controller, so a scoped token never has its owner's whole reach.
 */
public interface TokenScopes {

    /** The kind of scope, the part of {@code kind:subject} before the colon ({@code indicator}). */
    String kind();

    /**
     * Whether a token scoped to the subject may make the request.
     *
     * @param method the HTTP method
     * @param path   the path within the application ({@code /api/v1/indicators/GIAINGAN/values})
     */
    boolean permits(String subject, String method, String path);
}
