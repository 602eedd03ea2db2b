package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.OctetKeyPair;

class SignaturesTests {

    private final OctetKeyPair key = Keys.generate();
    private final OctetKeyPair other = Keys.generate();
    private final byte[] body = "{\"id\":\"1\",\"title\":\"Nhiệm vụ\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDetachedSignatureVerifiesOverTheSameBytes() {
        String signature = Signatures.sign(body, key);
        assertThat(signature).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");
        assertThat(Signatures.verify(signature, body, kid -> Optional.of(key.toPublicJWK())))
                .isEqualTo(key.getKeyID());
    }

    @Test
    void aChangedBodyIsRefused() {
        String signature = Signatures.sign(body, key);
        byte[] changed = "{\"id\":\"1\",\"title\":\"Nhiệm vụ khác\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Signatures.verify(signature, changed, kid -> Optional.of(key.toPublicJWK())))
                .isInstanceOfSatisfying(Signatures.Refused.class, r -> assertThat(r.unknownKey).isFalse())
                .hasMessageContaining("không khớp");
    }

    @Test
    void anUnknownKeyIsRefusedAsSuch() {
        String signature = Signatures.sign(body, other);
        assertThatThrownBy(() -> Signatures.verify(signature, body,
                kid -> kid.equals(key.getKeyID()) ? Optional.of(key.toPublicJWK()) : Optional.empty()))
                .isInstanceOfSatisfying(Signatures.Refused.class, r -> assertThat(r.unknownKey).isTrue());
    }

    @Test
    void aSignatureByAnotherKeyUnderAKnownIdIsRefused() {
        String signature = Signatures.sign(body, other);
        assertThatThrownBy(() -> Signatures.verify(signature, body, kid -> Optional.of(key.toPublicJWK())))
                .isInstanceOf(Signatures.Refused.class);
    }

    @Test
    void aMissingOrMalformedSignatureIsRefused() {
        assertThatThrownBy(() -> Signatures.verify(null, body, kid -> Optional.of(key.toPublicJWK())))
                .isInstanceOf(Signatures.Refused.class);
        assertThatThrownBy(() -> Signatures.verify("not-a-jws", body, kid -> Optional.of(key.toPublicJWK())))
                .isInstanceOf(Signatures.Refused.class);
    }
}
