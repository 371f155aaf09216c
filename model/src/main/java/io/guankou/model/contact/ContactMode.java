package io.guankou.model.contact;

/** Contact modes of DOMAIN.md §4. */
public enum ContactMode { PHONE, WECHAT, VIDEO, CLOUD_SERVICE, HOME_VISIT }
