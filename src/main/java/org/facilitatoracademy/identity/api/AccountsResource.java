package org.facilitatoracademy.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Self-registration, the signed-in person's own account, and password recovery. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and regions")
public class AccountsResource {

  @Inject private AccountService accounts;

  /** What a person sends to register. */
  public record Registration(String email, String password, String displayName, String region) {}

  /** A request to mail a password-reset link. */
  public record ResetRequest(String email) {}

  /** A new password with the secret from the mailed link. */
  public record ResetConfirmation(String token, String password) {}

  /** The secret from a mailed confirmation link. */
  public record EmailConfirmation(String token) {}

  /** The current and the new password. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @POST
  @Path("accounts")
  @Operation(summary = "Register an account (self-registration; can be turned off)")
  public Response register(Registration body) {
    require(body);
    AccountView created =
        accounts.register(
            NewAccount.trainee(body.email(), body.password(), body.displayName(), body.region()));
    return Response.created(UriBuilder.fromPath("/api/v1/me").build())
        .entity(AccountDto.of(created))
        .build();
  }

  @POST
  @Path("email-confirmations")
  @Operation(summary = "Confirm an email address with the secret from the mailed link")
  public Response confirmEmail(EmailConfirmation body) {
    require(body);
    accounts.confirmEmail(body.token());
    return Response.noContent().build();
  }

  @POST
  @Path("password-resets")
  @Operation(
      summary =
          "Mail a password-reset link; the answer is the same whether or not the email is known")
  public Response requestReset(ResetRequest body) {
    require(body);
    accounts.requestPasswordReset(body.email());
    return Response.accepted().build();
  }

  @POST
  @Path("password-resets/confirmation")
  @Operation(summary = "Set a new password with the secret from the mailed link (works once)")
  public Response confirmReset(ResetConfirmation body) {
    require(body);
    accounts.resetPassword(body.token(), body.password());
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Operation(summary = "The signed-in account")
  public AccountDto me() {
    return AccountDto.of(accounts.me());
  }

  @POST
  @Path("me/password")
  @Operation(summary = "Change the signed-in account's password")
  public Response changePassword(PasswordChange body) {
    require(body);
    accounts.changePassword(body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }

  @GET
  @Path("me/export")
  @Operation(summary = "All data held about the signed-in account, as JSON")
  public Map<String, Object> export() {
    return accounts.export();
  }

  @DELETE
  @Path("me")
  @Operation(summary = "Close the signed-in account and erase its personal data")
  public Response close() {
    accounts.close();
    return Response.noContent().build();
  }

  static void require(Object body) {
    if (body == null) {
      throw BusinessException.malformed("A JSON body is required.");
    }
  }
}
