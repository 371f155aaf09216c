package io.guankou.persistence.contact;

import io.guankou.model.contact.Contact;
import io.guankou.model.person.InfectionEpisode;
import io.guankou.model.referral.Referral;

/**
 * What {@link ContactRepository#save} stored: the contact with its new id, the person's open referral
 * (null if none), whether this save opened it, and the open home-treatment episode after the save (or null).
 */
public record SavedContact(Contact contact, Referral referral, boolean referralOpened, InfectionEpisode episode) {
}
