import type { RestApi } from "./rest";
import type { Invitation } from "./types";

/**
 * Invitations to group rooms (the server runs with explicit joins): the pending ones the user
 * received, and each opened room's pending invitees, kept live by `invitation.changed` events.
 */
export class InvitationBox {
  private receivedList: readonly Invitation[] = [];
  private readonly byRoom = new Map<string, readonly Invitation[]>();
  /** Grows on every change, so views can tell that invitations changed. */
  version = 0;

  constructor(
    private readonly rest: RestApi,
    private readonly me: () => string,
    private readonly notify: () => void,
  ) {}

  private onChange(): void {
    this.version++;
    this.notify();
  }

  /** The pending invitations the user received, oldest first. */
  received(): readonly Invitation[] {
    return this.receivedList;
  }

  /** A room's pending invitations once loaded ({@link ensureRoom}). */
  ofRoom(roomId: string): readonly Invitation[] | undefined {
    return this.byRoom.get(roomId);
  }

  /** Loads the received invitations (at start and after a reconnect: events missed meanwhile are not replayed). */
  async load(): Promise<void> {
    this.receivedList = (await this.rest.listInvitations()).items;
    this.onChange();
  }

  async ensureRoom(roomId: string): Promise<void> {
    if (this.byRoom.has(roomId)) return;
    return this.reloadRoom(roomId);
  }

  async reloadRoom(roomId: string): Promise<void> {
    this.byRoom.set(roomId, (await this.rest.listRoomInvitations(roomId)).items);
    this.onChange();
  }

  /** An `invitation.changed` event, or the answer of one of the calls below. */
  apply(invitation: Invitation): void {
    const pending = invitation.status === "pending";
    if (invitation.inviteeId === this.me()) {
      this.receivedList = upsert(this.receivedList, invitation, pending);
    }
    const roomList = this.byRoom.get(invitation.roomId);
    if (roomList) this.byRoom.set(invitation.roomId, upsert(roomList, invitation, pending));
    this.onChange();
  }

  async accept(id: string): Promise<void> {
    this.apply(await this.rest.acceptInvitation(id));
  }

  async decline(id: string): Promise<void> {
    this.apply(await this.rest.declineInvitation(id));
  }
}

function upsert(list: readonly Invitation[], invitation: Invitation, keep: boolean): readonly Invitation[] {
  const others = list.filter((i) => i.id !== invitation.id);
  return keep ? [...others, invitation] : others;
}
