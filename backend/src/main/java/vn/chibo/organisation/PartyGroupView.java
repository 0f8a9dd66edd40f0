package vn.chibo.organisation;

import java.util.UUID;

/** A party group (tổ đảng) of a cell, with its leader and deputy when appointed. */
public record PartyGroupView(UUID id, UUID cellId, String code, String name, UUID leaderMemberId, UUID deputyMemberId) {
}
