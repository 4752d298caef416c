package uk.safeshare.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.UserCommands.CreateOrganisation;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.UserCommands.IssueToken;
import uk.safeshare.identity.UserCommands.IssuedToken;
import uk.safeshare.identity.UserCommands.RoleGrantView;
import uk.safeshare.identity.UserCommands.SetPassword;
import uk.safeshare.identity.UserCommands.TokenSummary;
import uk.safeshare.identity.UserCommands.UpdateUser;
import uk.safeshare.identity.UserCommands.UserSummary;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Users, teams, organisations and API tokens")
class IdentityApi {

    private final UserAdministration admin;
    private final RoleGrantApprovals approvals;
    private final ApiTokens tokens;
    private final Identity identity;

    private final OwnPassword ownPassword;

    IdentityApi(UserAdministration admin, RoleGrantApprovals approvals, ApiTokens tokens, Identity identity, OwnPassword ownPassword) {
        this.approvals = approvals;
        this.ownPassword = ownPassword;
        this.admin = admin;
        this.tokens = tokens;
        this.identity = identity;
    }

    @GetMapping("/me")
    @Operation(summary = "Who the token belongs to")
    SafeShareUser me() {
        return identity.current();
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change one's own password; the token making the change keeps working, every other token and session ends")
    ResponseEntity<Void> changeOwnPassword(@RequestBody OwnPassword.ChangePassword command) {
        Object details = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getDetails();
        ownPassword.change(command, null, details instanceof UUID token ? token : null);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List users and service accounts (admin)")
    @GetMapping("/users")
    List<UserSummary> users() {
        return admin.users();
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user or service account (admin)")
    ResponseEntity<UserSummary> createUser(@Valid @RequestBody CreateUser command) {
        UserSummary created = admin.createUser(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @Operation(summary = "One user (admin)")
    @GetMapping("/users/{id}")
    UserSummary user(@PathVariable UUID id) {
        return admin.user(id);
    }

    @Operation(summary = "Change a user's details, team and roles; sensitive roles wait for a second administrator (admin)")
    @PutMapping("/users/{id}")
    UserSummary updateUser(@PathVariable UUID id, @Valid @RequestBody UpdateUser command) {
        return admin.updateUser(id, command);
    }

    @Operation(summary = "Reset a user's password; ends all their sessions and tokens (admin)")
    @PostMapping("/users/{id}/password")
    ResponseEntity<Void> setPassword(@PathVariable UUID id, @Valid @RequestBody SetPassword command) {
        admin.setPassword(id, command);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/tokens")
    @Operation(summary = "Issue a token to any account, such as a service (admin); the secret is shown only in this response")
    ResponseEntity<IssuedToken> issueFor(@PathVariable UUID id, @Valid @RequestBody IssueToken command) {
        return ResponseEntity.status(201).body(tokens.issue(id, command));
    }

    @Operation(summary = "List a user's API tokens (admin)")
    @GetMapping("/users/{id}/tokens")
    List<TokenSummary> tokensOf(@PathVariable UUID id) {
        return tokens.list(id);
    }

    @GetMapping("/role-grants")
    @Operation(summary = "Roles waiting for a second administrator's approval (admin)")
    List<RoleGrantView> pendingGrants() {
        return approvals.pendingGrants();
    }

    @PostMapping("/role-grants/{id}/approval")
    @Operation(summary = "Approve a role another administrator asked for; never one's own request, never for oneself (admin)")
    UserSummary approveGrant(@PathVariable UUID id) {
        return approvals.approveGrant(id);
    }

    @PostMapping("/role-grants/{id}/refusal")
    @Operation(summary = "Refuse (or, for one's own request, withdraw) a pending role grant (admin)")
    ResponseEntity<Void> refuseGrant(@PathVariable UUID id) {
        approvals.refuseGrant(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List teams (admin)")
    @GetMapping("/teams")
    List<Identity.TeamView> teams() {
        return identity.teams();
    }

    @Operation(summary = "Create a team (admin)")
    @PostMapping("/teams")
    ResponseEntity<Identity.TeamView> createTeam(@Valid @RequestBody CreateTeam command) {
        return ResponseEntity.status(201).body(admin.createTeam(command));
    }

    @Operation(summary = "List organisations (admin)")
    @GetMapping("/organisations")
    List<Identity.OrganisationView> organisations() {
        return identity.organisations();
    }

    @Operation(summary = "Create an organisation (admin)")
    @PostMapping("/organisations")
    ResponseEntity<Identity.OrganisationView> createOrganisation(@Valid @RequestBody CreateOrganisation command) {
        return ResponseEntity.status(201).body(admin.createOrganisation(command));
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's own tokens")
    List<TokenSummary> myTokens() {
        return tokens.list(identity.current().id().value());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Issue another token to the caller; the secret is shown only in this response")
    ResponseEntity<IssuedToken> issueMine(@Valid @RequestBody IssueToken command) {
        return ResponseEntity.status(201).body(tokens.issue(identity.current().id().value(), command));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke a token (one's own; an admin may revoke any)")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
