package io.github.kisoku.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kisoku serve [--port 8080] [--bind 127.0.0.1]}: runs the HTTP API until the process is
 * stopped (Ctrl-C); requests under way are finished, then the port is closed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (docs/http.md) until stopped with Ctrl-C.%nHTTP API を起動します（Ctrl-C で停止）。")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "port to listen on, 0 for a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String bind = "127.0.0.1";

    /** Made by picocli. */
    public ServeCommand() {
        // options are set by picocli
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("kisoku serve: --port は 0〜65535 / --port must be 0 to 65535");
            return 2;
        }
        KisokuServer server;
        try {
            server = KisokuServer.start(bind, port);
        } catch (RuntimeException e) {
            // e.g. the port is taken: say so in words, not with a stack trace
            System.err.println("kisoku serve: " + bind + ":" + port + " で待ち受けられません / cannot listen on "
                    + bind + ":" + port);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("kisoku serve: 停止しました / stopped");
            stopped.countDown();
        }, "kisoku-serve-stop"));
        System.out.println("kisoku serve: http://" + bind + ":" + server.port() + "/ (Ctrl-C で停止 / to stop)");
        stopped.await();
        return 0;
    }
}
