import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { User } from '../users/user.entity';

// An in-app message to one user (an alert, an assignment, a finished export).
@Entity('notifications')
@Index('ix_notifications_user_id_read_at', { synchronize: false })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: Relation<User>;

  // Machine-readable kind, e.g. "churn.alert", so clients can pick an icon.
  @Column('text')
  type!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  body!: string | null;

  // Message keys (API catalog) of the title and body, rendered in the reader's language; null for
  // notifications written as plain text.
  @Column('text', { nullable: true })
  titleKey!: string | null;

  @Column('text', { nullable: true })
  bodyKey!: string | null;

  @Column('jsonb', { nullable: true })
  params!: Record<string, string | number> | null;

  // Where the notification leads in the admin app, e.g. "/customers/<id>/show".
  @Column('text', { nullable: true })
  link!: string | null;

  @Column('jsonb', { nullable: true })
  data!: Record<string, unknown> | null;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
