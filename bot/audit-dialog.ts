import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AuditReport, Channel, MyAudit, SaveAnswersBody, SubmitAuditBody } from '../api/src/contracts/skills-audit.js';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { AppError } from '../api/src/domain/shared/app-error.js';
import { cardMessage } from './card-message.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import { buildAuditCategoryCard } from './cards/audit-category-card.js';
import { buildAuditCheckCard } from './cards/audit-check-card.js';
import { buildAuditErrorCard, buildAuditSavedCard, buildNoAuditOpenCard } from './cards/audit-message-cards.js';
import { buildAuditReportCard } from './cards/audit-report-card.js';
import { buildAuditStartCard } from './cards/audit-start-card.js';
import { auditSteps, findStep, nextStep, stepTitle, type AuditStep } from './cards/audit-steps.js';
import {
  answersFromCard,
  AUDIT_OPEN,
  AUDIT_SAVE,
  AUDIT_SUBMIT,
  AuditOpenData,
  AuditSaveData,
  AuditSubmitData,
  CHANGE_CATEGORY_INPUT_ID,
  rawAnswersFromCard,
} from './cards/audit-submit-data.js';
import { AUDIT_COMMAND } from './commands.js';
import { scopeOf } from './conversation-from-activity.js';

/** The audit use cases as the bot calls them: the composition root binds their dependencies. */
export interface AuditUseCases {
  /** The person behind a Teams user, with their roles; an AppError when the directory does not know them. */
  actorFor(entraObjectId: string): Promise<Actor>;
  getMyAudit(actor: Actor): Promise<MyAudit>;
  saveAnswers(actor: Actor, body: SaveAnswersBody, channel: Channel): Promise<MyAudit>;
  submitAudit(actor: Actor, body: SubmitAuditBody, channel: Channel): Promise<AuditReport>;
  getReport(actor: Actor, responseId: string): Promise<AuditReport>;
}

/** Pages of the tab the cards can link to. */
export interface AuditTabLinks {
  start: string;
  check: string;
  report(responseId: string): string;
}

export interface AuditDialogDependencies {
  useCases: AuditUseCases;
  logger: Logger;
  tabLinks?: AuditTabLinks | undefined;
}

export const AUDIT_ONLY_IN_PERSONAL_CHAT =
  'Your skills audit is private to you, so I only run it in a personal chat. Message me directly and type audit.';
export const NOT_IN_DIRECTORY =
  'I can’t find you in the council’s staff directory, so I can’t open a skills audit for you. Ask HR or an administrator to add you.';
export const CARD_OUT_OF_DATE = 'That card is out of date. Type audit to see where you are up to.';
export const NOTHING_SAVED = 'Nothing has been saved yet.';

const AUDIT_COMMANDS: ReadonlySet<string> = new Set([AUDIT_COMMAND.title, AUDIT_SAVE, AUDIT_SUBMIT, AUDIT_OPEN]);

export function isAuditCommand(command: string): boolean {
  return AUDIT_COMMANDS.has(command);
}

interface Progress {
  steps: AuditStep[];
  answers: Map<string, MyAudit['answers'][number]['answer']>;
}

function progressOf(audit: MyAudit): Progress {
  return { steps: auditSteps(audit.categories), answers: new Map(audit.answers.map((given) => [given.statementId, given.answer])) };
}

/** What an AppError says to a person: its field messages when it has them (they name the statement), else its message. */
function messageOf(error: AppError): string {
  return error.errors.length > 0 ? error.errors.map((fieldError) => fieldError.message).join(' ') : error.message;
}

/**
 * Taking the skills audit in a personal chat: "audit" starts or resumes it, each category
 * card saves its answers, and the check card submits. Every answer goes through the same
 * use cases as the tab, so a person can start in one and finish in the other.
 */
export class AuditDialog {
  constructor(private readonly deps: AuditDialogDependencies) {}

  async run(context: TurnContext, command: string): Promise<void> {
    if (scopeOf(context.activity) !== 'personal') {
      await context.sendActivity(AUDIT_ONLY_IN_PERSONAL_CHAT);
      return;
    }
    try {
      const actor = await this.actorOf(context.activity);
      if (!actor) {
        await this.send(context, buildAuditErrorCard(NOT_IN_DIRECTORY, { offerAudit: false }));
        return;
      }
      if (command === AUDIT_SAVE) await this.save(context, actor);
      else if (command === AUDIT_SUBMIT) await this.submit(context, actor);
      else if (command === AUDIT_OPEN) await this.open(context, actor);
      else await this.show(context, actor);
    } catch (error) {
      // Refusals the person can act on become a card; anything else is the adapter's to report.
      if (!(error instanceof AppError)) throw error;
      this.deps.logger.warn({ code: error.code, command }, error.message);
      await this.send(context, buildAuditErrorCard(messageOf(error), { offerAudit: error.code !== 'forbidden' }));
    }
  }

  private async actorOf(activity: Activity): Promise<Actor | undefined> {
    const objectId = z.guid().safeParse(activity.from?.aadObjectId);
    return objectId.success ? this.deps.useCases.actorFor(objectId.data) : undefined;
  }

  /** "audit": where the person is up to, then the next card to answer (or their report). */
  private async show(context: TurnContext, actor: Actor): Promise<void> {
    const audit = await this.deps.useCases.getMyAudit(actor);
    if (!audit.campaign) {
      await this.send(context, buildNoAuditOpenCard());
      return;
    }
    if (audit.status === 'submitted' && audit.responseId) {
      const report = await this.deps.useCases.getReport(actor, audit.responseId);
      await this.send(context, this.reportCard(report));
      return;
    }
    const progress = progressOf(audit);
    const next = nextStep(progress.steps, new Set(progress.answers.keys()));
    await this.send(
      context,
      buildAuditStartCard({
        campaign: audit.campaign,
        answered: audit.answered,
        total: audit.total,
        categoryCount: audit.categories.length,
        nextTitle: next && stepTitle(next),
        tabUrl: this.deps.tabLinks?.start,
      }),
    );
    await this.send(context, this.nextCard(audit, audit.campaign.id, next));
  }

  private async save(context: TurnContext, actor: Actor): Promise<void> {
    const value: unknown = context.activity.value;
    const data = AuditSaveData.safeParse(value);
    if (!data.success) {
      await context.sendActivity(CARD_OUT_OF_DATE);
      return;
    }
    const { campaignId, categoryKey, part, then } = data.data;
    const before = await this.deps.useCases.getMyAudit(actor);
    const step = before.campaign?.id === campaignId ? findStep(progressOf(before).steps, categoryKey, part) : undefined;
    let answers: SaveAnswersBody['answers'];
    if (step) {
      const read = answersFromCard(value, step.statements, then === 'continue');
      if (!read.ok) {
        await context.sendActivity(`${NOTHING_SAVED} ${read.problems.join(' ')}`);
        return;
      }
      answers = read.answers;
    } else {
      // The bot no longer knows this card's questions (the campaign closed, or the person
      // finished in the tab): the use case decides what is wrong and says so.
      answers = rawAnswersFromCard(value);
    }
    const saved = await this.deps.useCases.saveAnswers(actor, { campaignId, categoryKey, answers }, 'bot');
    if (!saved.campaign) {
      await this.replace(context, buildNoAuditOpenCard());
      return;
    }
    if (then === 'stop') {
      const card = buildAuditSavedCard({ campaign: saved.campaign, answered: saved.answered, total: saved.total, tabUrl: this.deps.tabLinks?.start });
      await this.replace(context, card);
      return;
    }
    const progress = progressOf(saved);
    const next = nextStep(progress.steps, new Set(progress.answers.keys()), { categoryKey, part });
    await this.replace(context, this.nextCard(saved, saved.campaign.id, next));
  }

  private async submit(context: TurnContext, actor: Actor): Promise<void> {
    const data = AuditSubmitData.safeParse(context.activity.value);
    if (!data.success) {
      await context.sendActivity(CARD_OUT_OF_DATE);
      return;
    }
    const report = await this.deps.useCases.submitAudit(actor, { campaignId: data.data.campaignId }, 'bot');
    await this.replace(context, this.reportCard(report));
  }

  /** The check card's "Change these answers": that category's card, in place of the check card. */
  private async open(context: TurnContext, actor: Actor): Promise<void> {
    const data = AuditOpenData.safeParse(context.activity.value);
    if (!data.success) {
      await context.sendActivity(CARD_OUT_OF_DATE);
      return;
    }
    const audit = await this.deps.useCases.getMyAudit(actor);
    if (audit.campaign?.id !== data.data.campaignId || audit.status === 'submitted') {
      await this.show(context, actor);
      return;
    }
    const step = findStep(progressOf(audit).steps, data.data[CHANGE_CATEGORY_INPUT_ID]);
    if (!step) {
      await context.sendActivity(CARD_OUT_OF_DATE);
      return;
    }
    await this.replace(context, this.nextCard(audit, audit.campaign.id, step));
  }

  /** The card for `step`, or the check card once every statement has an answer. */
  private nextCard(audit: MyAudit, campaignId: string, step: AuditStep | undefined): AdaptiveCard {
    const { answers } = progressOf(audit);
    if (!step) return buildAuditCheckCard({ campaignId, categories: audit.categories, answers, tabUrl: this.deps.tabLinks?.check });
    return buildAuditCategoryCard({
      campaignId,
      step,
      categoryCount: audit.categories.length,
      answers,
      answered: audit.answered,
      total: audit.total,
    });
  }

  private reportCard(report: AuditReport): AdaptiveCard {
    return buildAuditReportCard({ report, reportUrl: this.deps.tabLinks?.report(report.responseId) });
  }

  private async send(context: TurnContext, card: AdaptiveCard): Promise<void> {
    await context.sendActivity(cardMessage(card));
  }

  /**
   * Shows the next step in place of the card whose button was pressed, so the chat does
   * not fill up with old cards. A client that cannot update a card gets a new message.
   */
  private async replace(context: TurnContext, card: AdaptiveCard): Promise<void> {
    const cardId = context.activity.replyToId;
    if (!cardId) {
      await this.send(context, card);
      return;
    }
    try {
      await context.updateActivity({ ...cardMessage(card), id: cardId });
    } catch (error) {
      this.deps.logger.warn({ err: error, activityId: cardId }, 'could not update the card in place; sending it as a new message');
      await this.send(context, card);
    }
  }
}
