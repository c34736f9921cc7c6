package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code kisoku serve} is a command of the command line (the server itself: {@code io.github.kisoku.server}). */
class ServeCommandTest {
    @Test
    void serveIsACommand() {
        Cli.Run help = Cli.run("", "serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--port", "--bind", "Ctrl-C");
        assertThat(Cli.run("", "--help").out()).contains("serve");
    }
}
