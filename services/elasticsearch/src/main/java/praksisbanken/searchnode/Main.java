package praksisbanken.searchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Entry point used by start.sh; same options as OpenSearchRunner's own main
 * (-basePath, -confPath, -numOfNode, -baseHttpPort, -clusterName, ...)
 * but node N gets exactly HTTP port baseHttpPort+N (the runner's main silently takes
 * the next free port, and refuses ports above 9299), and start-up errors are printed
 * instead of being swallowed.
 *
 * All nodes of a cluster live in this one JVM, so a single node cannot be stopped
 * with a signal. For failover tests, node.sh drops a file named "stop-N" or
 * "start-N" (N counted from 1) into {basePath}/control/, and this process closes
 * or restarts that node.
 */
public final class Main {
    public static void main(String[] args) throws Exception {
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1);
        // SIGTERM (stop.sh) -> close the nodes cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        try {
            runner.build(args);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        Path control = Paths.get(basePath(args), "control");
        Files.createDirectories(control);
        while (!runner.isClosed()) {
            for (int n = 1; n <= runner.getNodeSize(); n++) {
                Path stop = control.resolve("stop-" + n);
                Path start = control.resolve("start-" + n);
                if (Files.deleteIfExists(stop)) {
                    System.out.println("control: stopping node " + n);
                    runner.getNode(n - 1).close();
                }
                if (Files.deleteIfExists(start)) {
                    System.out.println("control: starting node " + n);
                    runner.startNode(n - 1);
                }
            }
            Thread.sleep(500);
        }
    }

    private static String basePath(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if ("-basePath".equals(args[i])) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("-basePath is required");
    }
}
