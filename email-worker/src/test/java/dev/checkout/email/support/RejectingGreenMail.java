package dev.checkout.email.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.Socket;
import java.util.Map;

/**
 * GreenMail's SMTP server, except that it answers {@code RCPT TO} for any address at {@value #REJECTED_DOMAIN} with
 * a permanent 550, as a real server does for a mailbox that does not exist. GreenMail accepts every recipient and
 * has no setting for this, so its SMTP manager is replaced by one that says no.
 */
final class RejectingGreenMail extends GreenMail {

    static final String REJECTED_DOMAIN = "rejected.example.com";

    RejectingGreenMail(ServerSetup smtp) {
        super(smtp);
    }

    static String rejection(String address) {
        return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown";
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        SmtpManager rejecting = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                return recipient.getEmail().endsWith("@" + REJECTED_DOMAIN) ? rejection(recipient.getEmail()) : null;
            }
        };
        return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(setups[0], managers) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket client) {
                return new SmtpHandler(new SmtpCommandRegistry(), rejecting, client);
            }
        });
    }
}
