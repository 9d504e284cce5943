package praksisbanken.searchnode;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Entry point used by start.sh; same options as OpenSearchRunner's own main
 * (-basePath, -confPath, -numOfNode, -baseHttpPort, -clusterName, ...)
 * but node N gets exactly HTTP port baseHttpPort+N (the runner's main silently takes
 * the next free port, and refuses ports above 9299), and start-up errors are printed
 * instead of being swallowed.
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
        while (!runner.isClosed()) {
            Thread.sleep(5000);
        }
    }
}
