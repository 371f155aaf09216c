package io.guankou.model.exchange;

/** Who sends or receives a package: a township office or the county office that receives the townships' sticks. */
public enum PartyRole {
    TOWNSHIP,
    COUNTY
}
