package dev.checkout.messaging.publish;

/** The broker did not confirm a publish: nacked, timed out, or the connection was down. Worth retrying later. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message) {
        super(message);
    }
}
