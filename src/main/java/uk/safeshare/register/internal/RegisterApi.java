package uk.safeshare.register.internal;

import uk.safeshare.shared.validation.SingleLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.register.RegisterCommands.CategoryChange;
import uk.safeshare.register.RegisterCommands.OrganisationDetails;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/register")
@Tag(name = "Register of organisations", description = "Every organisation SafeShare can share with or refer to, and its protocol category")
class RegisterApi {

    private final Registering register;

    RegisterApi(Registering register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Search the register by name or alias (case, accents, punctuation, spacing, 'the' and acronyms ignored)")
    List<RegisteredOrganisation> search(@RequestParam(required = false) @Size(max = 200) @SingleLine String q,
                                        @RequestParam(defaultValue = "false") boolean includeInactive) {
        return register.list(q, includeInactive);
    }

    @Operation(summary = "One organisation in the register")
    @GetMapping("/{id}")
    RegisteredOrganisation get(@PathVariable UUID id) {
        return register.find(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
    }

    @PostMapping
    @Operation(summary = "Register an organisation (administrators, caseworkers, DPO); its category is OTHER until the DPO sets it")
    ResponseEntity<RegisteredOrganisation> create(@Valid @RequestBody OrganisationDetails details) {
        RegisteredOrganisation created = register.create(details);
        return ResponseEntity.created(URI.create("/api/v1/register/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organisation's name, aliases, contact routes, webhook, agreement or active flag; never its category")
    RegisteredOrganisation update(@PathVariable UUID id, @Valid @RequestBody OrganisationDetails details) {
        return register.update(id, details);
    }

    @PutMapping("/{id}/category")
    @Operation(summary = "Set the organisation's recipient category, with the reason (DPO only)")
    RegisteredOrganisation setCategory(@PathVariable UUID id, @Valid @RequestBody CategoryChange change) {
        return register.setCategory(id, change);
    }

    @Operation(summary = "The changes of an organisation's recipient category, with reasons")
    @GetMapping("/{id}/category-changes")
    List<RegisterStore.CategoryChange> history(@PathVariable UUID id) {
        get(id);
        return register.history(id);
    }

    @GetMapping("/unregistered-names")
    @Operation(summary = "Names typed for recipients not in the register, Home Office matches first (DPO only)")
    List<RegisterStore.UnregisteredName> unregistered() {
        return register.unregisteredNames();
    }

    record Resolution(@NotBlank @Size(max = 200) @SingleLine String normalised) {
    }

    @PostMapping("/unregistered-names/resolutions")
    @Operation(summary = "Take a name off the queue once it is registered or judged not to be an organisation (DPO only)")
    ResponseEntity<Void> resolve(@Valid @RequestBody Resolution resolution) {
        register.resolveUnregisteredName(resolution.normalised());
        return ResponseEntity.noContent().build();
    }
}
