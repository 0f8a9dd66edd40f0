import { Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { itemSection, type MinutesView, type MinutesVote } from '../types';

import { SectionField } from './section-field';

/** The biên bản in its official order (docs/minutes.md), the minute-taker's parts editable in place. */
export function MinutesDocument({ view }: { view: MinutesView }) {
  const { t } = useTranslation();
  const c = view.content;
  const field = (key: string, label: string, html: string) => (
    <SectionField
      key={`${key}:${view.frozen}`}
      meetingId={view.meetingId}
      sectionKey={key}
      label={label}
      editable={view.mayEdit}
      html={html}
      section={view.sections[key]}
      autosaveMillis={view.autosaveMillis}
    />
  );
  const voteLine = (v: MinutesVote) => (
    <span data-testid="minutes-vote">
      {v.subject}: {t('minutes.vote.line', { yes: v.yes, no: v.no, abstain: v.abstain, denominator: v.denominator, rule: v.rule })}{' '}
      <Tag color={v.passed ? 'green' : 'red'}>{v.passed ? t('minutes.vote.passed') : t('minutes.vote.failed')}</Tag>
    </span>
  );

  return (
    <article className="minutes-document" data-testid="minutes-document" data-state={view.state}>
      <div className="minutes-header">
        <div className="minutes-header-left">
          <div>{c.header.upperCommittee}</div>
          <div className="minutes-strong">{c.header.unit}</div>
          <div>*</div>
        </div>
        <div className="minutes-header-right">
          <div className="minutes-strong minutes-underline" data-testid="minutes-party">{c.header.party}</div>
          <div className="minutes-italic">{c.header.placeAndDate}</div>
        </div>
      </div>
      <Typography.Title level={3} className="minutes-title">{c.title}</Typography.Title>
      <Typography.Title level={5} className="minutes-title">{c.subtitle}</Typography.Title>

      <Typography.Title level={5}>{t('minutes.part.attendance')}</Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('minutes.startedAt')}>{c.time.startedLocal ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('minutes.place')}>
          <span data-testid="minutes-place">{c.place.text}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('minutes.members')}>
          {t('minutes.membersLine', c.members)}
        </Descriptions.Item>
        <Descriptions.Item label={t('minutes.present')}>
          <span data-testid="minutes-present">{t('minutes.presentLine', c.present)}</span>{' '}
          {c.rate.percent && t('minutes.rateLine', { percent: c.rate.percent, present: c.rate.present, denominator: c.rate.denominator })}
        </Descriptions.Item>
        <Descriptions.Item label={t('minutes.chair')}>{c.chair?.fullName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('minutes.minuteTaker')}>{c.minuteTaker?.fullName ?? '—'}</Descriptions.Item>
        {c.guests.length > 0 && <Descriptions.Item label={t('minutes.guests')}>{c.guests.join(', ')}</Descriptions.Item>}
      </Descriptions>
      <List
        size="small"
        header={<Typography.Text strong>{t('minutes.absentees', { count: c.absentees.length })}</Typography.Text>}
        dataSource={c.absentees}
        data-testid="minutes-absentees"
        renderItem={(a) => (
          <List.Item>
            {a.fullName}: {a.statusLabel}
            {a.reason ? ` (${t('minutes.reason')}: ${a.reason})` : ''}
          </List.Item>
        )}
      />
      {field('guests', t('minutes.section.guests'), c.guestsNote)}

      <Typography.Title level={5}>{t('minutes.part.content')}</Typography.Title>
      {c.agenda.map((item) => (
        <section key={item.itemId ?? 'other'} className="minutes-item" data-testid="minutes-item">
          <Typography.Text strong>
            {item.position}. {item.title}
          </Typography.Text>
          {item.presenter && <div>{t('minutes.presenter', { name: item.presenter })}</div>}
          {item.speakers.length > 0 && (
            <Flex wrap gap={4} data-testid="minutes-speakers">
              {t('minutes.speakers')}: {item.speakers.map((s, i) => <Tag key={`${s.memberId}-${i}`}>{s.fullName}</Tag>)}
            </Flex>
          )}
          {item.itemId && field(itemSection(item.itemId, 'opinions'), t('minutes.section.opinions'), item.opinions)}
          {item.itemId && field(itemSection(item.itemId, 'conclusion'), t('minutes.section.conclusion'), item.conclusion)}
        </section>
      ))}

      <Typography.Title level={5}>{t('minutes.part.votes')}</Typography.Title>
      {c.votes.length === 0 ? (
        <Typography.Text type="secondary">{t('minutes.vote.none')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="voteId"
          dataSource={c.votes}
          scroll={{ x: true }}
          columns={[
            { title: t('minutes.vote.subject'), dataIndex: 'subject' },
            { title: t('minutes.vote.yes'), dataIndex: 'yes' },
            { title: t('minutes.vote.no'), dataIndex: 'no' },
            { title: t('minutes.vote.abstain'), dataIndex: 'abstain' },
            { title: t('minutes.vote.denominator'), dataIndex: 'denominator' },
            { title: t('minutes.vote.rule'), dataIndex: 'rule' },
            { title: t('minutes.vote.result'), key: 'passed', render: (_: unknown, v: MinutesVote) => voteLine(v) },
          ]}
        />
      )}
      <Typography.Title level={5}>{t('minutes.part.conclusions')}</Typography.Title>
      {field('conclusions', t('minutes.section.conclusions'), c.conclusions)}
      <Typography.Title level={5}>{t('minutes.part.tasks')}</Typography.Title>
      {field('tasks', t('minutes.section.tasks'), c.tasks)}
      <Typography.Title level={5}>{t('minutes.part.selfAssessment')}</Typography.Title>
      {field('self-assessment', t('minutes.section.selfAssessment'), c.selfAssessment)}
      {c.groupRollUp.length > 0 && (
        <>
          <Typography.Title level={5}>{t('minutes.part.groups')}</Typography.Title>
          <List
            size="small"
            dataSource={c.groupRollUp}
            renderItem={(g) => (
              <List.Item>
                {g.groupName}: {g.present}/{g.denominator} {g.percent ? `(${g.percent} %)` : ''}
              </List.Item>
            )}
          />
        </>
      )}
      <Typography.Paragraph>{t('minutes.endedAt', { time: c.time.endedLocal ?? '—' })}</Typography.Paragraph>
      <div className="minutes-signatures">
        {c.signatories.map((s) => {
          const signature = view.signatures.find((x) => x.role === s.role);
          return (
            <div key={s.role} className="minutes-signatory" data-testid={`minutes-signatory-${s.role}`}>
              <div className="minutes-strong">{s.roleLabel.toUpperCase()}</div>
              <div className="minutes-italic">{signature ? t('minutes.signedAt', { at: new Date(signature.signedAt).toLocaleString('vi-VN') }) : t('minutes.notSigned')}</div>
              <div className="minutes-strong">{s.fullName ?? ''}</div>
            </div>
          );
        })}
      </div>
      {view.addenda.map((a) => (
        <section key={a.id} className="minutes-addendum" data-testid="minutes-addendum">
          <Typography.Text strong>{t('minutes.addendum.title', { seq: a.seq })}</Typography.Text>
          <div className="minutes-text" dangerouslySetInnerHTML={{ __html: a.html }} />
          <Typography.Text type="secondary">{t('minutes.addendum.signed', { name: a.fullName })}</Typography.Text>
        </section>
      ))}
      <Typography.Text type="secondary" className="minutes-hash" data-testid="minutes-hash">
        SHA-256: {view.contentHash}
      </Typography.Text>
    </article>
  );
}
