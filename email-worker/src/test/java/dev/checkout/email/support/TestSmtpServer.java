package dev.checkout.email.support;

import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real SMTP server for the tests (GreenMail, on a fixed loopback port, rejecting one domain), which tests can take
 * down, make hang, and bring back.
 */
public class TestSmtpServer implements QuarkusTestResourceLifecycleManager {

    public static final String REJECTED_DOMAIN = RejectingGreenMail.REJECTED_DOMAIN;

    private static final long STARTUP_TIMEOUT_MS = 15_000;

    // Fixed, and below Linux's ephemeral range (32768-60999): a port picked free from that range could be taken by
    // any outgoing connection on the machine while the server is down, and its restart could not bind it again.
    private static final int PORT = 18125;

    private static RejectingGreenMail greenMail;
    private static boolean down;
    private static SilentSmtpServer silent;

    @Override
    public Map<String, String> start() {
        ServerSetup setup = new ServerSetup(PORT, InetAddress.getLoopbackAddress().getHostAddress(),
                ServerSetup.PROTOCOL_SMTP);
        // GreenMail's 2 s default is too short for a restart on a busy 2-core CI machine.
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        greenMail = new RejectingGreenMail(setup);
        greenMail.start();
        return Map.of("smtp.host", InetAddress.getLoopbackAddress().getHostAddress(), "smtp.port", String.valueOf(PORT));
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    /** The reply the server gives a recipient at {@link #REJECTED_DOMAIN}. */
    public static String rejection(String address) {
        return RejectingGreenMail.rejection(address);
    }

    /** What arrived with this Message-ID header (since the server last started). */
    public static List<MimeMessage> received(String messageId) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> messageId.equals(header(message, "Message-ID")))
                .toList();
    }

    /** Connections are refused until {@link #restart()}. */
    public static void shutDown() {
        greenMail.stop();
        down = true;
    }

    /** Connections are accepted and then nothing is ever said, until {@link #restart()}. */
    public static void hang() {
        shutDown();
        silent = new SilentSmtpServer(PORT);
    }

    /** Back to normal (if it was down or hanging). */
    public static void restart() throws IOException {
        if (silent != null) {
            silent.close();
            silent = null;
        }
        if (down) {
            startAgain();
            down = false;
        }
    }

    // The port was let go a moment ago (by GreenMail or the silent server, with the worker's connections to it); on a
    // busy machine binding it again has once failed (CI). Try again until the deadline, then fail with the last reason.
    private static void startAgain() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_TIMEOUT_MS);
        while (true) {
            try {
                greenMail.start();
                return;
            } catch (IllegalStateException notStarted) {
                greenMail.stop();
                if (System.nanoTime() > deadline) {
                    throw notStarted;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
