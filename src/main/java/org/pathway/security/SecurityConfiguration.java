package org.pathway.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what, declared here for every area and closed by default: the API needs a signed-in user (HTTP Basic),
 * the pages a signed-in user of the page's role (a sign-in form). Which employees' records a user may see is decided
 * by method security on the controllers ({@code @PreAuthorize}, checked in one place). Framework pages, health, and the
 * API description are open.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts only from this site, none inline; style attributes allowed (charts and bars are drawn with them). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The API and operations: stateless HTTP Basic, 401 when not signed in. No session is made or read, so the pages'
     * session cookie opens nothing here and a cross-site form cannot call the API in a signed-in user's name.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInThrottle throttle) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/livez", "/readyz")
                .authorizeHttpRequests(requests -> requests
                        // the probes an orchestrator asks (README "Operations")
                        .requestMatchers("/actuator/health/**", "/livez", "/readyz").permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/tna/**").hasAnyRole(Role.LND.name(), Role.ADMIN.name())
                        .requestMatchers("/api/merger", "/api/merger/**")
                                .hasAnyRole(Role.WORKFORCE_PLANNER.name(), Role.ADMIN.name())
                        .requestMatchers("/api/succession/**")
                                .hasAnyRole(Role.WORKFORCE_PLANNER.name(), Role.ADMIN.name())
                        // protected characteristics are read by HR analysts only, and only as group figures
                        .requestMatchers("/api/equality", "/api/equality.csv").hasRole(Role.HR_ANALYST.name())
                        .requestMatchers("/api/evidence-quality/**")
                                .hasAnyRole(Role.HR_ANALYST.name(), Role.LND.name(), Role.ADMIN.name())
                        // records: any signed-in user here, and record by record in the controllers' method security
                        .requestMatchers("/api/frameworks/**", "/api/employees/**", "/api/plans/**").authenticated()
                        // a new URL is closed until a rule here opens it
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // credentials travel only in the Authorization header, which another site cannot make a browser send
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new BlockedAddresses(throttle), BasicAuthenticationFilter.class)
                .build();
    }

    /** The pages: a sign-in form, each role's pages for that role only. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserAccounts accounts, SignInThrottle throttle) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/frameworks/**", "/pathway.css", "/pathway-charts.js", "/pathway-forms.js", "/webjars/**",
                                "/favicon.ico", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/login", "/error")
                                .permitAll()
                        .requestMatchers("/home").authenticated()
                        // each area with its downloads (/area.csv) and forms (/area/...)
                        .requestMatchers("/me", "/me.*", "/me/**").hasAnyRole(Role.EMPLOYEE.name(), Role.MANAGER.name())
                        .requestMatchers("/team", "/team.*", "/team/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/training-needs", "/training-needs.*", "/training-needs/**")
                                .hasRole(Role.LND.name())
                        .requestMatchers("/merger", "/merger.*", "/merger/**")
                                .hasAnyRole(Role.WORKFORCE_PLANNER.name(), Role.ADMIN.name())
                        .requestMatchers("/succession", "/succession.*", "/succession/**")
                                .hasRole(Role.WORKFORCE_PLANNER.name())
                        .requestMatchers("/admin", "/admin.*", "/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/equality", "/equality.*", "/equality/**").hasRole(Role.HR_ANALYST.name())
                        .requestMatchers("/evidence-quality", "/evidence-quality.*", "/evidence-quality/**")
                                .hasAnyRole(Role.HR_ANALYST.name(), Role.LND.name())
                        // a new page is closed until a rule here opens it
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(new ReturnToPage())
                        .failureHandler(signInFailures()).permitAll())
                // signing out ends the session and tells the browser to drop what it kept (a shared council PC)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID")
                        // on plain HTTP too (Spring's writer only writes it over HTTPS): localhost and a council's
                        // TLS-terminating proxy are both secure contexts to the browser
                        .addLogoutHandler((request, response, signedIn) -> response.setHeader("Clear-Site-Data",
                                "\"cache\", \"cookies\", \"storage\"")))
                .exceptionHandling(denied -> denied.accessDeniedHandler(new ExpiredForms()))
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new BlockedAddresses(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new DisabledAccounts(accounts), AuthorizationFilter.class)
                .build();
    }

    /** On every response: the content security policy, no referrer to other sites, no device features. */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** A locked account is told so (and for how long); any other failure is "do not match", saying no more. */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failures.setDefaultFailureUrl("/login?error");
        return failures;
    }

    @Bean
    UserDetailsService users(AppUserRepository users, SignInThrottle throttle) {
        return username -> users.findById(username).filter(AppUser::isEnabled)
                .map(u -> throttle.isLocked(username)
                        ? User.withUsername(username).password(u.getPasswordHash()).accountLocked(true).build()
                        : new PathwayUser(u.getUsername(), u.getPasswordHash(), u.getRole(), u.getEmployeeId()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CheckedPasswords(new BCryptPasswordEncoder());
    }
}
