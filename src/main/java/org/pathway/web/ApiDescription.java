package org.pathway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and sign-in scheme of the OpenAPI description served at /api-docs (Swagger UI at /swagger-ui.html). */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI pathwayApi() {
        return new OpenAPI()
                .info(new Info().title("Pathway API").version("0.1")
                        .description("Competency frameworks, evidence, readiness, development plans, training needs"
                                + " and succession. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
