package uk.safeshare.firewall.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.firewall.internal.Sharing.RequestSummary;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sharing requests", description = "Ask to share information about a person; the safeguarding protocol decides")
class MyRequestsApi {

    private final MyRequests requests;

    MyRequestsApi(MyRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/sharing-requests/mine")
    @Operation(summary = "The sharing requests the caller asked, newest first, with their status (officers and caseworkers)")
    List<RequestSummary> mine() {
        return requests.mine();
    }
}
