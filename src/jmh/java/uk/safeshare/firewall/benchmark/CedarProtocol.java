package uk.safeshare.firewall.benchmark;

import com.cedarpolicy.AuthorizationEngine;
import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.entity.Entities;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.value.CedarList;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimBool;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeshare.firewall.protocol.SharingFacts;

/** The default protocol written in Cedar (default-protocol.cedar), asked through cedar-java. */
final class CedarProtocol {

    private static final EntityUID OFFICER = EntityTypeName.parse("SafeShare::Officer").orElseThrow().of("officer");
    private static final EntityUID SHARE = EntityTypeName.parse("SafeShare::Action").orElseThrow().of("share");
    private static final EntityUID PERSON = EntityTypeName.parse("SafeShare::Person").orElseThrow().of("person");

    private final AuthorizationEngine engine = new BasicAuthorizationEngine();
    private final PolicySet policies;
    private final Entities entities = new Entities();

    CedarProtocol() throws Exception {
        String text;
        try (InputStream in = CedarProtocol.class.getResourceAsStream("default-protocol.cedar")) {
            if (in == null) {
                throw new IOException("default-protocol.cedar is not on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        policies = PolicySet.parsePolicies(text);
        policies.cache();
    }

    int policyCount() {
        return policies.getNumPolicies();
    }

    /** The facts as a Cedar request: every fact goes into the context, as its enum name or value. */
    static AuthorizationRequest request(SharingFacts facts) {
        Map<String, Value> context = new HashMap<>();
        context.put("role", new PrimString(facts.role().name()));
        context.put("child", new PrimBool(facts.child()));
        context.put("crimeTypes", names(facts.crimeTypes()));
        context.put("recipient", new PrimString(facts.recipient().name()));
        context.put("purpose", new PrimString(facts.purpose().name()));
        context.put("stage", new PrimString(facts.stage().name()));
        context.put("statusBasis", new PrimString(facts.statusBasis().name()));
        context.put("evidence", new PrimString(facts.evidence()));
        context.put("suspectedOfNonImmigrationOffence", new PrimBool(facts.suspectedOfNonImmigrationOffence()));
        context.put("consent", new PrimString(facts.consent().name()));
        context.put("dataCategories", names(facts.dataCategories()));
        context.put("justification", new PrimString(facts.justification()));
        context.put("threatToLife", new PrimBool(facts.threatToLife()));
        context.put("maracConfidentialityAcceptedByAll", new PrimBool(facts.maracConfidentialityAcceptedByAll()));
        context.put("specialCategoryJustificationReviewed", new PrimBool(facts.specialCategoryJustificationReviewed()));
        return new AuthorizationRequest(OFFICER, SHARE, PERSON, context);
    }

    private static CedarList names(Iterable<? extends Enum<?>> values) {
        List<Value> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(new PrimString(value.name()));
        }
        return new CedarList(names);
    }

    boolean isAllowed(AuthorizationRequest request) throws Exception {
        AuthorizationResponse response = engine.isAuthorized(request, policies, entities);
        return response.success
                .orElseThrow(() -> new IllegalStateException("Cedar failed: " + response.errors))
                .isAllowed();
    }
}
