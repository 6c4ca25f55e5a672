package com.creatorcompass.contracts.observation;

/**
 * What a post is. TikTok's photo posts ("imagePost", a slideshow of pictures) have no duration and
 * no play address; everything that needs a video's length leaves them out.
 */
public enum PostKind {
    VIDEO,
    PHOTO
}
