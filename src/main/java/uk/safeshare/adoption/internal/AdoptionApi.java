package uk.safeshare.adoption.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.adoption.AdoptionViews.CoverageView;
import uk.safeshare.adoption.AdoptionViews.Reading;
import uk.safeshare.adoption.AdoptionViews.Setting;
import uk.safeshare.adoption.AdoptionViews.ToRead;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.validation.SingleLine;

/** Protocol adoption over JSON. */
@RestController
@RequestMapping("/api/v1/protocol-reading")
@Tag(name = "Protocol adoption", description = "Reading each published version of the safeguarding protocol, and who has")
class AdoptionApi {

    private final ProtocolAdoption adoption;
    private final CommandValidator validator;

    AdoptionApi(ProtocolAdoption adoption, CommandValidator validator) {
        this.adoption = adoption;
        this.validator = validator;
    }

    record ReadBody(@NotBlank @Size(max = 100) @SingleLine String version) {
    }

    record SettingBody(@NotNull Boolean unreadBlocksSharing) {
    }

    @GetMapping
    @Operation(summary = "The protocol version in force, what changed in it in plain words, and whether you have recorded reading it")
    ToRead toRead() {
        return adoption.toRead();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that you have read the version in force (officers, caseworkers, supervisors, DPO); 409 if it is not the version in force")
    Reading read(@RequestBody ReadBody body) {
        validator.validate(body == null ? new ReadBody(null) : body);
        return adoption.recordRead(body.version());
    }

    @GetMapping("/coverage")
    @Operation(summary = "Who has read the version in force, by role and team, and who has not (supervisors: their team; governance, DPO: everyone)")
    CoverageView coverage() {
        return adoption.coverage();
    }

    @GetMapping("/setting")
    @Operation(summary = "Whether not having read the version in force blocks asking to share")
    Setting setting() {
        return adoption.setting();
    }

    @PutMapping("/setting")
    @Operation(summary = "Set whether not having read the version in force blocks asking to share (DPO)")
    Setting changeSetting(@RequestBody SettingBody body) {
        validator.validate(body == null ? new SettingBody(null) : body);
        return adoption.changeSetting(body.unreadBlocksSharing());
    }
}
