package org.pathway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may call what, declared here for every area and closed by default: the API needs a signed-in user (HTTP Basic),
 * the pages a signed-in user of the page's role (a sign-in form). Which employees' records a user may see is decided
 * by method security on the controllers ({@code @PreAuthorize}, checked in one place). Framework pages, health, and the
 * API description are open.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** The API and operations: HTTP Basic (then a session), 401 when not signed in. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserAccounts accounts) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/tna/**").hasAnyRole(Role.LND.name(), Role.ADMIN.name())
                        .requestMatchers("/api/succession/**")
                                .hasAnyRole(Role.WORKFORCE_PLANNER.name(), Role.ADMIN.name())
                        // records: any signed-in user here, and record by record in the controllers' method security
                        .requestMatchers("/api/frameworks/**", "/api/employees/**", "/api/plans/**").authenticated()
                        // a new URL is closed until a rule here opens it
                        .anyRequest().denyAll())
                // a session after the first request, so that a client's password is hashed once, not on every call
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .addFilterBefore(new DisabledAccounts(accounts), AuthorizationFilter.class)
                .build();
    }

    /** The pages: a sign-in form, each role's pages for that role only. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserAccounts accounts) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/frameworks/**", "/pathway.css", "/pathway-charts.js", "/webjars/**",
                                "/favicon.ico", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/login", "/error")
                                .permitAll()
                        .requestMatchers("/home").authenticated()
                        // each area with its downloads (/area.csv) and forms (/area/...)
                        .requestMatchers("/me", "/me.*", "/me/**").hasAnyRole(Role.EMPLOYEE.name(), Role.MANAGER.name())
                        .requestMatchers("/team", "/team.*", "/team/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/training-needs", "/training-needs.*", "/training-needs/**")
                                .hasRole(Role.LND.name())
                        .requestMatchers("/succession", "/succession.*", "/succession/**")
                                .hasRole(Role.WORKFORCE_PLANNER.name())
                        .requestMatchers("/admin", "/admin.*", "/admin/**").hasRole(Role.ADMIN.name())
                        // a new page is closed until a rule here opens it
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .addFilterBefore(new DisabledAccounts(accounts), AuthorizationFilter.class)
                .build();
    }

    @Bean
    UserDetailsService users(AppUserRepository users) {
        return username -> users.findById(username).filter(AppUser::isEnabled)
                .map(u -> new PathwayUser(u.getUsername(), u.getPasswordHash(), u.getRole(), u.getEmployeeId()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
