import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Payara Micro for the README's run command and repeats the demo banner (URL and demo logins)
 * as the very last lines, after Payara's own start-up output, where a person looks for it. The
 * banner is the one the application logs when it seeds the demo; this launcher only moves it.
 *
 * <p>Run by the pom's {@code run} profile as a single-file program: {@code java
 * src/run/DemoLauncher.java <payara-micro arguments>}.
 */
public final class DemoLauncher {

  private static final String BANNER_START = "Facilitator Academy demo is ready at";
  private static final String PAYARA_READY = " ready in ";

  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(args));
    Process payara = new ProcessBuilder(command).redirectErrorStream(true).start();
    Runtime.getRuntime().addShutdownHook(new Thread(payara::destroy));
    List<String> banner = new ArrayList<>();
    boolean inBanner = false;
    boolean shown = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println(line);
        if (line.contains(BANNER_START)) {
          inBanner = true;
          banner.clear();
        }
        if (inBanner) {
          int end = line.indexOf("]]");
          String text = end >= 0 ? line.substring(0, end) : line;
          int start = text.indexOf(BANNER_START);
          if (start >= 0) {
            text = "  " + text.substring(start);
          }
          if (!text.isBlank()) {
            banner.add(text.stripTrailing());
          }
          inBanner = end < 0;
        }
        if (!shown && line.contains("Payara Micro") && line.contains(PAYARA_READY)) {
          shown = true;
          System.out.println();
          banner.forEach(System.out::println);
          System.out.println("  Stop with Ctrl-C.");
          System.out.flush();
        }
      }
    }
    System.exit(payara.waitFor());
  }
}
