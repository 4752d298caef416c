package uk.safeshare.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of the API has in common, declared once so that a generated client knows it:
 * the bearer token it needs, the problem+json document every refusal comes as, and an operation id
 * that makes a readable method name.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    /** The API version: moves when an operation disappears or changes incompatibly (ApiCompatibilityTest). */
    static final String VERSION = "1.0.0";
    static final String BEARER = "bearerToken";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Refusals every operation can give, with what they mean here. */
    private static final Map<String, String> ALWAYS = new LinkedHashMap<>();
    /** Further refusals of operations that take a body. */
    private static final Map<String, String> WITH_BODY = new LinkedHashMap<>();

    static {
        ALWAYS.put("400", "The request is not valid: `detail` says why and `errors` names each field at fault. Nothing was changed.");
        ALWAYS.put("401", "No valid API token was sent (`Authorization: Bearer ss_…`), or it has expired or been revoked.");
        ALWAYS.put("403", "Your roles, team or organisation do not allow this request.");
        ALWAYS.put("404", "Nothing with that id exists that you may see.");
        WITH_BODY.put("409", "The request conflicts with the record's current state (for example it was already decided).");
        WITH_BODY.put("413", "The body is larger than the service accepts (64 KiB for JSON).");
    }

    @Bean
    OpenAPI safeShareApi() {
        return new OpenAPI()
                .info(new Info().title("SafeShare API").version(VERSION)
                        .description("Safe reporting for migrant victims and witnesses of crime: cases, the sharing "
                                + "firewall, referrals, risk, MARAC, statistics and the audit log. Every request needs an "
                                + "API token issued on the API tokens page or by POST /api/v1/tokens. Errors are RFC 9457 "
                                + "problem documents."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("ss_ followed by 64 hex digits")
                                .description("An API token. Tokens expire (at most 90 days) and can be revoked.")))
                // Relative: the description is served by each deployment for its own address.
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
                        .description("The SafeShare that serves this description")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document: why the request was refused.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("occurredAt: must be between 1900 and tomorrow"))
                .addProperty("instance", new StringSchema())
                .addProperty("requestId", new StringSchema()
                        .description("Quote this to the service desk: it finds the request in the logs."))
                .addProperty("errors", new ObjectSchema()
                        .description("For a 400: each field at fault (the name) with what is wrong with it (a sentence)."))
                .required(java.util.List.of("title", "status"));
    }

    /** Operation ids that read as method names in a generated client: `casesCreate`, `identityMe`. */
    @Bean
    OperationCustomizer operationIds() {
        return (Operation operation, HandlerMethod handler) -> {
            // A nested controller (NoticeWeb.Api) is named after its enclosing class too.
            String className = org.springframework.util.ClassUtils.getUserClass(handler.getBeanType()).getName();
            String owner = className.substring(className.lastIndexOf('.') + 1).replace("$", "")
                    .replaceAll("(Api|Controller|Web)$", "");
            // A controller serving both pages and JSON names its JSON handlers `…Api`: not part of the id.
            String method = handler.getMethod().getName().replaceAll("(^api|(?<=.)Api)$", "");
            if (owner.isEmpty()) {
                throw new IllegalStateException("No owner name for " + handler);
            }
            operation.setOperationId(Character.toLowerCase(owner.charAt(0)) + owner.substring(1)
                    + (method.isEmpty() ? "" : Character.toUpperCase(method.charAt(0)) + method.substring(1)));
            return operation;
        };
    }

    /** Every API operation needs a token and may be refused with a problem document. */
    @Bean
    OpenApiCustomizer securityAndRefusals() {
        return openApi -> {
            // Added here, after springdoc has collected the schemas of the request and response types.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                operation.setSecurity(java.util.List.of(new SecurityRequirement().addList(BEARER)));
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                ALWAYS.forEach((status, meaning) -> responses.put(status, problem(meaning)));
                if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                    WITH_BODY.forEach((status, meaning) -> responses.put(status, problem(meaning)));
                }
                operation.setResponses(responses);
            }));
        };
    }

    private static ApiResponse problem(String meaning) {
        return new ApiResponse().description(meaning).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
