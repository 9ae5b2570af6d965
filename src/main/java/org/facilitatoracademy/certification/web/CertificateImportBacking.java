package org.facilitatoracademy.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.facilitatoracademy.certification.application.CertificateImport;
import org.facilitatoracademy.certification.application.ImportReport;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** Administrators import a CSV file (or pasted lines) and read which lines were refused. */
@Named
@RequestScoped
public class CertificateImportBacking {

  private static final int MAX_BYTES = 2_000_000;

  @Inject private CertificateImport importer;
  @Inject private PageMessages messages;

  private Part file;
  private String text;
  private ImportReport report;

  public void run() {
    try {
      String csv = file != null && file.getSize() > 0 ? read(file) : text;
      report = importer.importCsv(csv);
      messages.info("import.done", report.imported());
    } catch (BusinessException e) {
      messages.refusal(null, e);
    } catch (IOException e) {
      messages.refusal(null, BusinessException.malformed("The file could not be read."));
    }
  }

  private static String read(Part part) throws IOException {
    if (part.getSize() > MAX_BYTES) {
      throw BusinessException.rule("import-too-large", "Import at most 2 MB at a time.");
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ImportReport getReport() {
    return report;
  }
}
