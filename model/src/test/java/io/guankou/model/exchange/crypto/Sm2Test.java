package io.guankou.model.exchange.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;

class Sm2Test {

    static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void keysRoundTripThroughTheirDerEncodings() throws Exception {
        AsymmetricCipherKeyPair pair = Sm2.generateKeyPair(RANDOM);
        ECPublicKeyParameters pub = (ECPublicKeyParameters) pair.getPublic();
        ECPrivateKeyParameters priv = (ECPrivateKeyParameters) pair.getPrivate();
        byte[] spki = Sm2.encodePublic(pub);
        assertThat(spki).hasSize(91);
        assertThat(Sm2.decodePublic(spki).getQ()).isEqualTo(pub.getQ());
        assertThat(Sm2.decodePrivate(Sm2.encodePrivate(priv)).getD()).isEqualTo(priv.getD());
        assertThat(Sm2.publicOf(priv).getQ()).isEqualTo(pub.getQ().normalize());
    }

    @Test
    void anythingButTheCanonicalSpkiOfAnSm2PointIsRefused() throws Exception {
        byte[] spki = Sm2.encodePublic((ECPublicKeyParameters) Sm2.generateKeyPair(RANDOM).getPublic());
        assertThatThrownBy(() -> Sm2.decodePublic(new byte[0])).isInstanceOf(MalformedKeyException.class);
        assertThatThrownBy(() -> Sm2.decodePublic(Arrays.copyOf(spki, spki.length - 1)))
                .isInstanceOf(MalformedKeyException.class);
        assertThatThrownBy(() -> Sm2.decodePublic(Arrays.copyOf(spki, spki.length + 1)))
                .isInstanceOf(MalformedKeyException.class);
        byte[] offCurve = spki.clone();
        offCurve[offCurve.length - 1] ^= 1;
        assertThatThrownBy(() -> Sm2.decodePublic(offCurve)).isInstanceOf(MalformedKeyException.class);
        // a P-256 key: an EC key, but not on sm2p256v1
        ECKeyPairGenerator p256 = new ECKeyPairGenerator();
        p256.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1,
                CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1)), RANDOM));
        byte[] nist = Sm2.encodePublic((ECPublicKeyParameters) p256.generateKeyPair().getPublic());
        assertThatThrownBy(() -> Sm2.decodePublic(nist)).isInstanceOf(MalformedKeyException.class);
        assertThatThrownBy(() -> Sm2.decodePrivate(spki)).isInstanceOf(MalformedKeyException.class);
    }

    @Test
    void encryptionIsC1C3C2AndOnlyTheKeysOwnerDecrypts() throws Exception {
        AsymmetricCipherKeyPair pair = Sm2.generateKeyPair(RANDOM);
        byte[] message = "0123456789abcdef".getBytes();
        byte[] c = Sm2.encrypt((ECPublicKeyParameters) pair.getPublic(), message, RANDOM);
        assertThat(c).hasSize(Sm2.ENCRYPTION_OVERHEAD + 16);
        assertThat(Sm2.decrypt((ECPrivateKeyParameters) pair.getPrivate(), c)).isEqualTo(message);
        ECPrivateKeyParameters other = (ECPrivateKeyParameters) Sm2.generateKeyPair(RANDOM).getPrivate();
        assertThatThrownBy(() -> Sm2.decrypt(other, c)).isInstanceOf(InvalidCipherTextException.class);
        assertThatThrownBy(() -> Sm2.decrypt(other, new byte[5])).isInstanceOf(InvalidCipherTextException.class);
        byte[] swapped = c.clone();
        // C1C2C3 order: the same parts, C3 moved behind C2: the C1C3C2 engine refuses it
        System.arraycopy(c, 65 + 32, swapped, 65, 16);
        System.arraycopy(c, 65, swapped, 65 + 16, 32);
        assertThatThrownBy(() -> Sm2.decrypt((ECPrivateKeyParameters) pair.getPrivate(), swapped))
                .isInstanceOf(InvalidCipherTextException.class);
    }

    @Test
    void signaturesAreSm3WithSm2WithTheDefaultUserId() throws Exception {
        AsymmetricCipherKeyPair pair = Sm2.generateKeyPair(RANDOM);
        byte[] message = "关口".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SM2Signer signer = Sm2.signer((ECPrivateKeyParameters) pair.getPrivate(), RANDOM);
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();
        // an independent verifier with the user ID of GM/T 0009 named explicitly
        SM2Signer verifier = new SM2Signer();
        verifier.init(false, new org.bouncycastle.crypto.params.ParametersWithID(pair.getPublic(),
                "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        verifier.update(message, 0, message.length);
        assertThat(verifier.verifySignature(signature)).isTrue();
        SM2Signer ours = Sm2.verifier((ECPublicKeyParameters) pair.getPublic());
        ours.update(message, 0, message.length - 1);
        assertThat(ours.verifySignature(signature)).isFalse();
    }
}
