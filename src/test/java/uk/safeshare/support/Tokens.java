package uk.safeshare.support;

import org.springframework.stereotype.Component;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.UserCommands.IssueToken;
import uk.safeshare.identity.internal.ApiTokens;

/** Issues real API tokens to the demo users, as they would through the tokens page. */
@Component
public class Tokens {

    private final Identity identity;
    private final ApiTokens tokens;

    public Tokens(Identity identity, ApiTokens tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    public String bearer(String username) {
        return "Bearer " + issue(username).token();
    }

    public uk.safeshare.identity.UserCommands.IssuedToken issue(String username) {
        return identity.runAs(username, () -> tokens.issue(identity.current().id().value(), new IssueToken("test", 1)));
    }
}
