package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.certification.domain.ImportFile;
import org.facilitatoracademy.certification.domain.ImportRow;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Brings in people certified before the platform existed — this is how the first mentors come to
 * be. Each good line gets an account (if the email has none yet) and a certificate, both marked as
 * imported; each bad line is reported by its number and the rest are imported.
 */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateImport {

  private static final Logger LOG = Logger.getLogger(CertificateImport.class.getName());
  static final int MAX_LINES = 5000;

  @Inject private ImportedRows rows;
  @Inject private AccountService accounts;
  @Inject private Clock clock;

  public ImportReport importCsv(String csv) {
    if (csv == null || csv.isBlank()) {
      throw BusinessException.malformed(
          "Send CSV lines: " + String.join(", ", ImportRow.COLUMNS) + ".");
    }
    List<ImportFile.Line> lines = ImportFile.lines(csv);
    if (lines.size() > MAX_LINES) {
      throw BusinessException.rule(
          "import-too-large", "Import at most " + MAX_LINES + " lines at a time.");
    }
    String adminId = accounts.callerId();
    LocalDate today = LocalDate.now(clock);
    List<String> regions = accounts.regions().stream().map(r -> r.code()).toList();
    List<ImportReport.LineError> errors = new ArrayList<>();
    int imported = 0;
    for (ImportFile.Line line : lines) {
      try {
        if (line.problem() != null) {
          throw new ImportRow.Problem(line.problem());
        }
        ImportRow row = ImportRow.of(line.number(), line.values(), today);
        if (!regions.contains(row.region())) {
          throw new ImportRow.Problem("region '" + row.region() + "' does not exist");
        }
        rows.importRow(row, adminId);
        imported++;
      } catch (ImportRow.Problem e) {
        errors.add(new ImportReport.LineError(line.number(), e.getMessage()));
      } catch (BusinessException e) {
        errors.add(new ImportReport.LineError(line.number(), e.getMessage()));
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Import of line " + line.number() + " failed", e);
        errors.add(
            new ImportReport.LineError(
                line.number(), "could not be imported (see the server log)"));
      }
    }
    return new ImportReport(imported, errors);
  }
}
