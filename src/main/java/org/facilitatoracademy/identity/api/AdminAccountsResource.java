package org.facilitatoracademy.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.domain.Role;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Accounts as administrators manage them. */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and regions")
public class AdminAccountsResource {

  @Inject private AccountService accounts;

  /** An account an administrator opens. */
  public record NewAccountDto(
      String email, String password, String displayName, String region, List<String> roles) {}

  /** The complete set of roles an account should have. */
  public record RolesDto(List<String> roles) {}

  @POST
  @Operation(summary = "Create an account with roles (ADMIN); its email counts as confirmed")
  public Response create(NewAccountDto body) {
    AccountsResource.require(body);
    var created =
        accounts.create(
            new NewAccount(
                body.email(),
                body.password(),
                body.displayName(),
                body.region(),
                roles(body.roles())));
    return Response.status(201).entity(AccountDto.of(created)).build();
  }

  @PUT
  @Path("{id}/roles")
  @Operation(summary = "Replace an account's roles (ADMIN); TRAINEE is always kept")
  public AccountDto changeRoles(@PathParam("id") String id, RolesDto body) {
    AccountsResource.require(body);
    return AccountDto.of(accounts.changeRoles(id, roles(body.roles())));
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.of(Role.TRAINEE);
    if (names == null) {
      return roles;
    }
    for (String name : names) {
      try {
        roles.add(Role.valueOf(name));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw BusinessException.rule(
            "unknown-role",
            "There is no role '" + name + "'; roles are " + List.of(Role.values()) + ".");
      }
    }
    return roles;
  }
}
