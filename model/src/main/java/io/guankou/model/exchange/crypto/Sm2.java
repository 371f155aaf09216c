package io.guankou.model.exchange.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * SM2 on the curve sm2p256v1 (GB/T 32918), through BouncyCastle's lightweight API: key pairs, their DER encodings
 * (SubjectPublicKeyInfo and PKCS#8 PrivateKeyInfo, the curve named by its OID), signatures SM3withSM2 with the
 * default user ID of GM/T 0009 ({@code 1234567812345678}) and encryption in the C1C3C2 order of GB/T 32918.4.
 */
public final class Sm2 {

    /**
     * sm2p256v1, named by its OID 1.2.156.10197.1.301 so that encodings carry the name, not the parameters. The
     * parameters are those of {@code GMNamedCurves.getByName("sm2p256v1")} in BouncyCastle's specialised curve
     * implementation ({@code CustomNamedCurves}, many times faster than the generic one), which is also what
     * {@code PublicKeyFactory} decodes keys onto.
     */
    public static final ECNamedDomainParameters DOMAIN = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
            CustomNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1));

    /** C1 (uncompressed point, 65 bytes) + C3 (SM3, 32 bytes) + C2 (as long as the message). */
    public static final int ENCRYPTION_OVERHEAD = 65 + 32;

    private Sm2() {
    }

    public static AsymmetricCipherKeyPair generateKeyPair(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, random));
        return generator.generateKeyPair();
    }

    /** DER SubjectPublicKeyInfo (91 bytes for sm2p256v1). */
    public static byte[] encodePublic(ECPublicKeyParameters key) {
        try {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an SM2 public key", e);
        }
    }

    /** DER PKCS#8 PrivateKeyInfo. */
    public static byte[] encodePrivate(ECPrivateKeyParameters key) {
        try {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an SM2 private key", e);
        }
    }

    /**
     * The public key in {@code der}, which must be the canonical DER SubjectPublicKeyInfo of a point on sm2p256v1
     * (so that one key has one encoding, and one fingerprint).
     */
    public static ECPublicKeyParameters decodePublic(byte[] der) throws MalformedKeyException {
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(der));
        } catch (IOException | RuntimeException e) {
            throw new MalformedKeyException("not a DER SubjectPublicKeyInfo of an EC key", e);
        }
        if (!(key instanceof ECPublicKeyParameters) || !isSm2(((ECPublicKeyParameters) key).getParameters())) {
            throw new MalformedKeyException("not an SM2 (sm2p256v1) public key");
        }
        ECPublicKeyParameters ec = (ECPublicKeyParameters) key;
        if (!Arrays.equals(encodePublic(ec), der)) {
            throw new MalformedKeyException("an SM2 public key in a non-canonical encoding");
        }
        return ec;
    }

    /** The private key in {@code der}, a DER PKCS#8 PrivateKeyInfo of a key on sm2p256v1. */
    public static ECPrivateKeyParameters decodePrivate(byte[] der) throws MalformedKeyException {
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(der));
        } catch (IOException | RuntimeException e) {
            throw new MalformedKeyException("not a DER PKCS#8 PrivateKeyInfo of an EC key", e);
        }
        if (!(key instanceof ECPrivateKeyParameters) || !isSm2(((ECPrivateKeyParameters) key).getParameters())) {
            throw new MalformedKeyException("not an SM2 (sm2p256v1) private key");
        }
        ECPrivateKeyParameters ec = (ECPrivateKeyParameters) key;
        BigInteger d = ec.getD();
        if (d.signum() <= 0 || d.compareTo(DOMAIN.getN()) >= 0) {
            throw new MalformedKeyException("an SM2 private key out of range");
        }
        return ec;
    }

    /** The public half of a private key. */
    public static ECPublicKeyParameters publicOf(ECPrivateKeyParameters key) {
        ECPoint q = new FixedPointCombMultiplier().multiply(DOMAIN.getG(), key.getD()).normalize();
        return new ECPublicKeyParameters(q, DOMAIN);
    }

    /** A signer SM3withSM2 (DER signature) over the bytes given to its {@code update}. */
    public static SM2Signer signer(ECPrivateKeyParameters key, SecureRandom random) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(key, random));
        return signer;
    }

    /** A verifier SM3withSM2 over the bytes given to its {@code update}. */
    public static SM2Signer verifier(ECPublicKeyParameters key) {
        SM2Signer verifier = new SM2Signer();
        verifier.init(false, key);
        return verifier;
    }

    /** SM2 encryption, ciphertext C1C3C2 (GB/T 32918.4), C1 an uncompressed point. */
    public static byte[] encrypt(ECPublicKeyParameters key, byte[] message, SecureRandom random) {
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(true, new ParametersWithRandom(key, random));
        try {
            return engine.processBlock(message, 0, message.length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM2 encryption failed", e);
        }
    }

    /** SM2 decryption of a C1C3C2 ciphertext; any failure (wrong key, damaged bytes) is InvalidCipherTextException. */
    public static byte[] decrypt(ECPrivateKeyParameters key, byte[] ciphertext) throws InvalidCipherTextException {
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, key);
        try {
            return engine.processBlock(ciphertext, 0, ciphertext.length);
        } catch (RuntimeException e) {
            throw new InvalidCipherTextException("not an SM2 ciphertext for this key", e);
        }
    }

    private static boolean isSm2(ECDomainParameters parameters) {
        return parameters instanceof ECNamedDomainParameters
                && GMObjectIdentifiers.sm2p256v1.equals(((ECNamedDomainParameters) parameters).getName());
    }
}
