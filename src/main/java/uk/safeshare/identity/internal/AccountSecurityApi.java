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
import uk.safeshare.identity.UserCommands.GroupRoleView;
import uk.safeshare.identity.UserCommands.LinkSubject;
import uk.safeshare.identity.UserCommands.MapGroup;

/** Administrators: single sign-on links and group mappings, and resetting someone's second factor (ADR 0013). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Users, teams, organisations and API tokens")
class AccountSecurityApi {

    private final SingleSignOnAccounts accounts;
    private final GroupRoles groupRoles;
    private final SecondFactorReset secondFactorReset;

    AccountSecurityApi(SingleSignOnAccounts accounts, GroupRoles groupRoles, SecondFactorReset secondFactorReset) {
        this.accounts = accounts;
        this.groupRoles = groupRoles;
        this.secondFactorReset = secondFactorReset;
    }

    @PutMapping("/users/{id}/sso-link")
    @Operation(summary = "Link an account to a person at the OpenID provider by their subject identifier (admin; not one's own)")
    ResponseEntity<Void> link(@PathVariable UUID id, @Valid @RequestBody LinkSubject command) {
        accounts.link(id, command.subject());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/second-factor/reset")
    @Operation(summary = "Reset another person's second factor; they set up a new one at their next sign-in (admin)")
    ResponseEntity<Void> resetSecondFactor(@PathVariable UUID id) {
        secondFactorReset.reset(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sso/group-roles")
    @Operation(summary = "The groups-claim to role mappings (admin)")
    List<GroupRoleView> groupRoles() {
        return groupRoles.all();
    }

    @PostMapping("/sso/group-roles")
    @Operation(summary = "Map a provider group to a role; roles that need approval wait for a second administrator (admin)")
    ResponseEntity<GroupRoleView> mapGroup(@Valid @RequestBody MapGroup command) {
        GroupRoleView created = groupRoles.add(command);
        return ResponseEntity.created(URI.create("/api/v1/sso/group-roles/" + created.id())).body(created);
    }

    @PostMapping("/sso/group-roles/{id}/approval")
    @Operation(summary = "Approve another administrator's group mapping (admin)")
    GroupRoleView approveGroupRole(@PathVariable UUID id) {
        return groupRoles.approve(id);
    }

    @DeleteMapping("/sso/group-roles/{id}")
    @Operation(summary = "Remove a group mapping; roles held through it end at once (admin)")
    ResponseEntity<Void> removeGroupRole(@PathVariable UUID id) {
        groupRoles.remove(id);
        return ResponseEntity.noContent().build();
    }
}
