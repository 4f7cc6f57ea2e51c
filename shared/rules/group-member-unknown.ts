import { defineRule } from './rule';

/** A dashed coordination box surrounds activities of this map only. */
export const groupMemberUnknown = defineRule({
  id: 'group-member-unknown',
  description: 'A coordination group lists a member that is no activity of this map.',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    for (const [groupId, group] of index.groups) {
      group.members.forEach((id, index) => {
        if (!map.activities[id]) report({ message: `group "${groupId}" lists "${id}", which is no activity of this map`, path: ['groups', groupId, 'members', index], elementId: groupId });
      });
    }
  },
});
