import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { App, Button, Empty, Form, Input, Modal, Popconfirm, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { useApplyTemplate, useRemoveAgendaItem, useReorderAgenda } from '../api/agenda';
import type { AgendaItem, Meeting, Pickers, TemplateName } from '../types';

import { AgendaItemModal } from './agenda-item-modal';
import { DocumentPanel } from './document-panel';

/** The tags of an item: type, classification, secret ballot. */
export function AgendaItemFacts({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  return (
    <span className="agenda-item__facts">
      <Tag>{t(`meetings.types.${item.type}`)}</Tag>
      <Tag color={item.classification === 'SECRET' ? 'red' : item.classification === 'INTERNAL' ? 'orange' : undefined}>
        {t(`meetings.classifications.${item.classification}`)}
      </Tag>
      {item.secretBallot && <Tag color="purple">{t('meetings.agenda.secretBallot')}</Tag>}
      {item.presenterName && (
        <span>
          {t('meetings.detail.presenter')}: {item.presenterName}
        </span>
      )}
      <span>{t('meetings.minutes', { count: item.plannedMinutes })}</span>
    </span>
  );
}

type RowProps = {
  item: AgendaItem;
  index: number;
  count: number;
  meetingId: string;
  onMove: (from: number, to: number) => void;
  onEdit: () => void;
  onRemove: () => void;
};

function SortableAgendaRow({ item, index, count, meetingId, onMove, onEdit, onRemove }: RowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`agenda-item${isDragging ? ' agenda-item--dragging' : ''}`}
      data-testid="agenda-item"
      data-item-id={item.id}
      data-type={item.type}
    >
      <div className="agenda-item__row">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="agenda-item__handle"
          aria-label={t('meetings.agenda.dragHandle', { title: item.title })}
          data-testid="agenda-drag-handle"
          {...attributes}
          {...listeners}
        >
          <HolderOutlined />
        </button>
        <div className="agenda-item__body">
          <div className="agenda-item__title" data-testid="agenda-item-title-text">
            {index + 1}. {item.title}
          </div>
          <AgendaItemFacts item={item} />
        </div>
        <Space size={0} className="agenda-item__actions" wrap>
          <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={t('meetings.agenda.moveUp')} disabled={index === 0} onClick={() => onMove(index, index - 1)} />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={t('meetings.agenda.moveDown')}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          />
          <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('meetings.agenda.edit')} onClick={onEdit} data-testid="agenda-item-edit" />
          <Popconfirm title={t('meetings.agenda.removeConfirm')} onConfirm={onRemove} okText={t('common.confirm')} cancelText={t('common.cancel')}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('meetings.agenda.remove')} data-testid="agenda-item-remove" />
          </Popconfirm>
        </Space>
      </div>
      <DocumentPanel meetingId={meetingId} item={item} manage />
    </li>
  );
}

function TemplateModal({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ template: TemplateName; topic?: string }>();
  const apply = useApplyTemplate(meetingId);
  const template = Form.useWatch('template', form);
  return (
    <Modal
      open
      title={t('meetings.agenda.applyTemplate')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={apply.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'template-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ template: 'REGULAR' }}
        onFinish={(values) => apply.mutate({ template: values.template, topic: values.topic?.trim() || undefined }, { onSuccess: onClose })}
      >
        <ProblemAlert error={apply.error} testId="template-error" />
        <Form.Item name="template" label={t('meetings.fields.template')}>
          <Radio.Group optionType="button" className="wrap-radios">
            {(['REGULAR', 'THEMATIC'] as const).map((value) => (
              <Radio.Button key={value} value={value}>
                <span data-testid={`template-${value}`}>{t(`meetings.templates.${value}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {template === 'THEMATIC' && (
          <Form.Item name="topic" label={t('meetings.agenda.templateTopic')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="template-topic" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * The managers' agenda: add, change, remove items; reorder by dragging (mouse, touch or keyboard:
 * Space, arrows, Space) or with the arrow buttons; start from a template while the agenda is empty.
 */
export function AgendaEditor({ meeting, pickers }: { meeting: Meeting; pickers: Pickers }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const agenda = [...(meeting.agenda ?? [])].sort((a, b) => a.position - b.position);
  const [order, setOrder] = useState<string[]>(() => agenda.map((item) => item.id));
  const [editing, setEditing] = useState<AgendaItem | 'new'>();
  const [templating, setTemplating] = useState(false);
  const reorder = useReorderAgenda(meeting.id);
  const remove = useRemoveAgendaItem(meeting.id);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // The server's agenda wins whenever it changes (added or removed items, a saved order).
  const serverIds = agenda.map((item) => item.id);
  const [seen, setSeen] = useState(serverIds.join());
  if (seen !== serverIds.join()) {
    setSeen(serverIds.join());
    setOrder(serverIds);
  }
  const byId = new Map(agenda.map((item) => [item.id, item]));
  const items = order.map((id) => byId.get(id)).filter((item): item is AgendaItem => !!item);

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= order.length) return;
    const previous = order;
    const next = arrayMove(order, from, to);
    setOrder(next);
    reorder.mutate(next, {
      onSuccess: () => void message.success(t('meetings.agenda.reordered')),
      onError: () => setOrder(previous),
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };

  return (
    <section className="agenda-editor" data-testid="agenda-editor" aria-labelledby="agenda-heading">
      <div className="section-heading">
        <Typography.Title level={2} id="agenda-heading" className="section-heading__title">
          {t('meetings.agenda.title')}
        </Typography.Title>
        <Space wrap>
          {items.length === 0 && (
            <Button onClick={() => setTemplating(true)} data-testid="agenda-apply-template">
              {t('meetings.agenda.applyTemplate')}
            </Button>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="agenda-add">
            {t('meetings.agenda.add')}
          </Button>
        </Space>
      </div>
      <ProblemAlert error={reorder.error ?? remove.error} testId="agenda-error" />
      {items.length === 0 ? (
        <Empty description={t('meetings.agenda.empty')} />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ screenReaderInstructions: { draggable: t('meetings.agenda.dragInstructions') } }}
        >
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            <ol className="agenda-list" data-testid="agenda-list">
              {items.map((item, index) => (
                <SortableAgendaRow
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  meetingId={meeting.id}
                  onMove={move}
                  onEdit={() => setEditing(item)}
                  onRemove={() => remove.mutate(item.id)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {editing && (
        <AgendaItemModal meeting={meeting} item={editing === 'new' ? undefined : editing} pickers={pickers} onClose={() => setEditing(undefined)} />
      )}
      {templating && <TemplateModal meetingId={meeting.id} onClose={() => setTemplating(false)} />}
    </section>
  );
}
